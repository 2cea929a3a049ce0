/// Fetch the weather.
#[monty::function(nmae = "weather")]
fn get_weather(city: String) -> String {
    city
}

fn main() {}
