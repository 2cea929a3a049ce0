/// A point, with serde and a JSON schema but no Python annotation.
#[derive(serde::Deserialize, schemars::JsonSchema)]
struct Point {
    x: f64,
    y: f64,
}

/// Distance from the origin.
#[monty::function]
fn norm(point: Point) -> f64 {
    point.x.hypot(point.y)
}

fn main() {}
