import HuizongCore

/// What the office's status page shows for a node and year: the core's `NodeStatus`, under
/// the name the pages know it by.
typealias StatusView = NodeStatus
