# expect: U207 4:1
command = "go"

match command:
    case "go":
        print("going")
    case _:
        print("?")
