/* Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, which Rust's standard library (the
   cryptography wheel) imports for ProcessPrng on Windows 10+. This stand-in lives in the Wine
   prefix only, for building and testing here; it is never shipped (Windows has the real one). */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
