extension CheckCode {
    /// English and Chinese, side by side so neither is forgotten.
    var texts: (String, String) {
        switch self {
        case .sumMismatch:
            (
                "the parts {parts} add to {sum}, not to the total {total}; the total would be {sum}",
                "各分项 {parts} 合计为 {sum}，与总数 {total} 不符，总数应为 {sum}"
            )
        case .sumRounding:
            (
                "the parts {parts} add to {sum} against the total {total}: a rounding difference (尾差) of "
                    + "{difference}, within half a unit for each of the {count} rounded figures",
                "各分项 {parts} 合计为 {sum}，与总数 {total} 相差 {difference}，在 {count} 个四舍五入数各半个单位之内，属尾差"
            )
        case .partsExceedTotal:
            (
                "the parts listed {parts} add to {sum}, more than the total {total}",
                "所列分项 {parts} 合计为 {sum}，超过总数 {total}"
            )
        case .shareMismatch:
            (
                "{part} of {whole} is {exact}, which rounds to {expected}, not {printed}",
                "{part} 占 {whole} 的 {exact}，应为 {expected}，而非 {printed}"
            )
        case .shareTruncated:
            (
                "{part} of {whole} is {exact}: rounded it is {expected}; {printed} was cut off instead of rounded",
                "{part} 占 {whole} 的 {exact}，四舍五入应为 {expected}，{printed} 系截尾而非四舍五入"
            )
        case .shareRounding:
            (
                "{part} of {whole} is {exact}, not {printed}, but within what the rounding of the two figures allows",
                "{part} 占 {whole} 的 {exact}，与 {printed} 的差异在两数四舍五入的范围内"
            )
        case .sharesTotal:
            (
                "the shares {shares} of one whole add to {sum}, not 100%",
                "同一总数的各项占比 {shares} 合计为 {sum}，不等于 100%"
            )
        case .changeMismatch:
            (
                "{current} against {prior} is a change of {expected}, not {printed}",
                "{current} 与 {prior} 相比，变动额应为 {expected}，而非 {printed}"
            )
        case .changeRounding:
            (
                "{current} against {prior} is a change of {expected}; {printed} differs by rounding only (尾差)",
                "{current} 与 {prior} 相比变动 {expected}，与 {printed} 的差异属尾差"
            )
        case .changeDirection:
            (
                "{current} against {prior} is {direction}, but the text says {stated}",
                "{current} 与 {prior} 相比为{direction}，正文却写{stated}"
            )
        case .rateMismatch:
            (
                "a change of {change} on {prior} is {exact}, which rounds to {expected}, not {printed}",
                "以 {prior} 为基数变动 {change}，变动率为 {exact}，应为 {expected}，而非 {printed}"
            )
        case .rateTruncated:
            (
                "a change of {change} on {prior} is {exact}: rounded it is {expected}; {printed} was cut off",
                "以 {prior} 为基数变动 {change}，变动率为 {exact}，四舍五入应为 {expected}，{printed} 系截尾"
            )
        case .priorInconsistent:
            (
                "this change puts {name} at {prior}, but paragraph {other_paragraph} puts it at {other}",
                "此处变动推算的{name}为 {prior}，而第 {other_paragraph} 段推算为 {other}"
            )
        case .blankFigure:
            ("a blank where a number should be: {unit} with no number before it", "此处缺少数字：{unit} 前没有数值")
        case .dataMismatch:
            ("{name} is {expected} in the data, not {printed}", "{name} 在数据中为 {expected}，而非 {printed}")
        case .rateUnsupported:
            (
                "no figure in the data gives the rate {printed} stated for {name}: the data gives {expected}",
                "数据中没有任何数能得出 {name} 的 {printed}，按数据应为 {expected}"
            )
        case .columnCopied:
            (
                "column {column} repeats column {source} in every row",
                "第 {column} 列在每一行都与第 {source} 列相同"
            )
        }
    }
}
