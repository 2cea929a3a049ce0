/// Fetch a page.
#[monty::function]
async fn fetch(url: &'static str) -> String {
    url.to_owned()
}

fn main() {}
