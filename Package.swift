// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Huizong",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "huizong", targets: ["huizong"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
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
            name: "HuizongCore",
            dependencies: [
                "Postgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "huizong",
            dependencies: [
                "HuizongCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Postgres", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(name: "HuizongCoreTests", dependencies: ["HuizongCore", "Postgres"]),
        .testTarget(name: "HuizongIntegrationTests", dependencies: ["HuizongCore", "Postgres"]),
    ]
)
