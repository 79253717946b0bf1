/* Wine 8.0 (Debian 12) has no icuuc.dll, the ICU that Windows 10 1703+ ships and Qt6Core.dll
   imports for its legacy text codecs (GBK, Big5... through QStringConverter). This stand-in
   lives in the Wine prefix only, for building and testing here; it is never shipped. It knows
   no converter, so Qt keeps to its built-in UTF-8/UTF-16/Latin-1 codecs (all AidStation uses:
   Python does its own text encoding). */
#include <stddef.h>
#include <stdint.h>

#define API __declspec(dllexport)
enum { U_FILE_ACCESS_ERROR = 4 };

API void *ucnv_open(const char *name, int *err) { (void)name; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
API void ucnv_close(void *cnv) { (void)cnv; }
API void ucnv_reset(void *cnv) { (void)cnv; }
API int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
API const char *ucnv_getName(const void *cnv, int *err) { (void)cnv; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
API const char *ucnv_getStandardName(const char *name, const char *standard, int *err) { (void)name; (void)standard; (void)err; return NULL; }
API const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
API int32_t ucnv_countAvailable(void) { return 0; }
API int32_t ucnv_toUCountPending(const void *cnv, int *err) { (void)cnv; (void)err; return 0; }
API int32_t ucnv_fromUCountPending(const void *cnv, int *err) { (void)cnv; (void)err; return 0; }
/* Never reached without a converter; present because Qt6Core.dll imports them. */
API void ucnv_toUnicode(void) {}
API void ucnv_fromUnicode(void) {}
API void ucnv_getToUCallBack(void) {}
API void ucnv_getFromUCallBack(void) {}
API void ucnv_setToUCallBack(void) {}
API void ucnv_setFromUCallBack(void) {}
API void ucnv_cbToUWriteUChars(void) {}
API void ucnv_cbFromUWriteUChars(void) {}
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
