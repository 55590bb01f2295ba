# mod: `if __name__ == "__main__":` runs in the main program but not in imported helpers
import _helper_geometry
import _helper_counter
def main():
    print("main() running, __name__ =", __name__)
    print(_helper_geometry.__name__, _helper_counter.__name__)
    print("helper main-block did not run")
if __name__ == "__main__":
    main()
else:
    print("imported, not main")
print("module level code after guard")
def helper_status():
    return "helper module loaded: " + _helper_geometry.__name__
print(helper_status())
if __name__ != "__main__":
    print("this branch does not run")
else:
    print("second guard also sees __main__")
name_is_main = __name__ == "__main__"
print("name_is_main", name_is_main, type(__name__).__name__)
