# expect: W502 4:26; W502 5:32
# A '# molt:' comment that is not 'ignore' or 'ignore[CODE, ...]' is reported.
import sys
print(sys.argv)  # molt: ignroe
print(sys.argv)  # molt: ignore[U201
s = "# molt: nonsense inside a string is not a comment"
