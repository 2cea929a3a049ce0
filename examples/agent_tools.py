# An agent-style script that calls host tools: Rust functions annotated with
# #[monty::function] (examples/tools/tools.rs), linked into the `monty` binary,
# that the command line grants by name or by group:
#     monty run examples/agent_tools.py --grant weather,finance,docs
# Without a grant, a tool's name is simply undefined (NameError). The tools
# answer from fixed tables, so the output is the same on every run.

trip = ["Paris", "Tokyo", "Atlantis", "Oslo"]

forecasts = []
for city in trip:
    try:
        forecasts.append(get_weather(city))
    except ValueError as e:
        print(f"skipped: {e}")

for w in forecasts:
    print(f"{w['city']}: {w['temperature']} C, {w['conditions']}, humidity {w['humidity']}%")

warmest = max(forecasts, key=lambda w: w["temperature"])
print(f"warmest stop: {warmest['city']}")
in_f = get_weather(warmest["city"], units="imperial")
print(f"  that is {in_f['temperature']} F")

budget_eur = 1200
for currency in ["USD", "JPY", "XYZ"]:
    try:
        print(f"budget: {budget_eur} EUR = {convert_currency(budget_eur, 'EUR', currency)} {currency}")
    except ValueError as e:
        print(f"budget: {e}")

print("reading:")
for doc in search_docs("pause host call resume", limit=2):
    print(f"  {doc['title']} ({doc['score']}): {doc['url']}")

{"stops": len(forecasts), "warmest": warmest["city"], "cities_known": len(list_cities())}
