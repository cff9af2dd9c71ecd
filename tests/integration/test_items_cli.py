"""The menu on the command line: prices and the EU allergens; customers' allergy flags by old or new names."""


def test_items_add_and_edit_prices_and_allergens(cli) -> None:
    added = cli.json(
        "items",
        "add",
        "Almond croissant",
        "--price",
        "3,40",
        "--allergen",
        "gluten,milk",
        "--allergen",
        "tree nuts",
    )
    assert (added["price_cents"], added["allergens"]) == (340, ["gluten", "milk", "nuts"])
    assert (
        "£3.40" in cli.run("items", "list").stdout and "gluten, milk, nuts" in cli.run("items", "list").stdout
    )
    edited = cli.json(
        "items", "edit", "almond croissant", "--price", "3.60", "--allergen", "eggs", "--allergen", "dairy"
    )
    assert (edited["name"], edited["price_cents"], edited["allergens"]) == (
        "Almond croissant",
        360,
        ["eggs", "milk"],
    )
    renamed = cli.json(
        "items", "edit", str(added["id"]), "--name", "Almond bun", "--no-price", "--no-allergens"
    )
    assert (renamed["name"], renamed["price_cents"], renamed["allergens"]) == ("Almond bun", None, [])
    listed = cli.json("items", "list")
    assert [(i["name"], i["price_cents"], i["allergens"]) for i in listed] == [("Almond bun", None, [])]


def test_a_bad_allergen_or_price_changes_nothing(cli) -> None:
    item = cli.json("items", "add", "Tea", "--price", "2.50")
    bad = cli.run("items", "edit", "Tea", "--price", "3.00", "--allergen", "chocolate", check=False)
    assert bad.returncode == 1 and "Not an allergen: chocolate" in bad.stderr and "sulphites" in bad.stderr
    bad = cli.run("items", "add", "Scone", "--allergen", "peanut butter", check=False)
    assert bad.returncode == 1 and "Not an allergen" in bad.stderr
    bad = cli.run("items", "edit", "Tea", "--price", "lots", check=False)
    assert bad.returncode == 1 and "is not an amount" in bad.stderr
    missing = cli.run("items", "edit", "Coffee", "--price", "1", check=False)
    assert missing.returncode == 1 and "is not on the menu" in missing.stderr
    assert [(i["id"], i["price_cents"], i["allergens"]) for i in cli.json("items", "list")] == [
        (item["id"], 250, [])
    ]


def test_customer_allergies_take_old_and_new_names(cli) -> None:
    cid = cli.json(
        "customers",
        "add",
        "--name",
        "Zoë Martin",
        "--allergy",
        "shellfish",
        "--allergy",
        "dairy",
        "--allergy",
        "lupin",
    )["id"]
    assert cli.json("customers", "show", str(cid))["flags"] == ["crustaceans", "lupin", "milk", "molluscs"]
    bad = cli.run("customers", "add", "--name", "Ann", "--allergy", "chocolate", check=False)
    assert bad.returncode == 1 and "Unknown flag: chocolate" in bad.stderr
