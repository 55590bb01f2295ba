# an uncaught KeyboardInterrupt ends the process by SIGINT (exit status 130 / -2), not status 1
print("before")
raise KeyboardInterrupt
