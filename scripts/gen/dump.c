#include <wctype.h>
#include <locale.h>
#include <stdio.h>
int main(){ locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
for (unsigned c=0;c<0x110000;c++){ unsigned u=towupper_l(c,l), lo=towlower_l(c,l); if(u!=c||lo!=c) printf("%u %u %u\n",c,u,lo);} }
