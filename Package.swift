// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Huizong",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "huizong", targets: ["huizong"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        // Without traits: the default ones make SwiftPM rebuild all of Hummingbird on every build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "Postgres",
            dependencies: [
                "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "XLSX",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "ReportCheck", dependencies: ["XLSX"]),
        .target(
            name: "HuizongCore",
            dependencies: [
                "Postgres",
                "XLSX",
                "ReportCheck",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "HuizongPortal",
            dependencies: [
                "HuizongCore",
                "Postgres",
                "ReportCheck",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "huizong",
            dependencies: [
                "HuizongCore",
                "ReportCheck",
                "HuizongPortal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Postgres", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "XLSXTests", dependencies: ["XLSX", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "ReportCheckTests",
            dependencies: ["ReportCheck", "XLSX", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "HuizongCoreTests", dependencies: ["HuizongCore", "Postgres"]),
        .testTarget(name: "HuizongPortalTests", dependencies: ["HuizongPortal", "HuizongCore", "ReportCheck"]),
        .testTarget(
            name: "HuizongIntegrationTests",
            dependencies: [
                "HuizongCore", "HuizongPortal", "Postgres", "XLSX",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // The portal's router in-process (Support/PortalRouter.swift); not HummingbirdTesting,
                // which links AsyncHTTPClient and BoringSSL for its live modes.
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
