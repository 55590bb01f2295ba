# expect: S103 2:1
print "hello"
