/* A stand-in for Windows' icuuc.dll, for the Wine prefixes that build and test the
 * Windows installer on Linux. NEVER shipped: packaging/windows/build.py copies it into
 * the prefix's C:\windows\system32, and tests/test_windows.py checks that the frozen app
 * holds no icuuc.dll.
 *
 * Qt6Core.dll imports 20 ucnv_* functions from icuuc.dll, which Windows 10 and later
 * have in System32, for legacy text codecs (QStringConverter by name). Wine 8 has no
 * icuuc.dll, so Qt would not even load. Here every converter is "not available": the
 * opening call fails with U_FILE_ACCESS_ERROR and the list of converters is empty, so
 * the functions taking a converter are never reached; they still follow ICU's
 * signatures and leave an error where ICU would. neph-gui uses no legacy codec.
 *
 * Built with Debian's gcc-mingw-w64-x86-64-win32:
 *   x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc_stub.c
 */
#include <stddef.h>
#include <stdint.h>

#define API __declspec(dllexport)
typedef int UErrorCode; /* ICU: 0 is U_ZERO_ERROR, > 0 an error */
typedef uint16_t UChar;
typedef struct UConverter UConverter;
typedef void *Callback;

enum { U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *error) {
    if (error != NULL && *error <= 0) {
        *error = U_FILE_ACCESS_ERROR;
    }
}

API UConverter *ucnv_open(const char *name, UErrorCode *error) {
    (void)name;
    fail(error);
    return NULL;
}
API void ucnv_close(UConverter *converter) { (void)converter; }
API void ucnv_reset(UConverter *converter) { (void)converter; }
API int8_t ucnv_getMaxCharSize(const UConverter *converter) {
    (void)converter;
    return 1;
}
API const char *ucnv_getName(const UConverter *converter, UErrorCode *error) {
    (void)converter;
    fail(error);
    return NULL;
}
API int32_t ucnv_countAvailable(void) { return 0; }
API const char *ucnv_getAvailableName(int32_t n) {
    (void)n;
    return NULL;
}
API const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error) {
    (void)name;
    (void)standard;
    fail(error);
    return NULL;
}
API void ucnv_getToUCallBack(const UConverter *converter, Callback *action, const void **context) {
    (void)converter;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
API void ucnv_getFromUCallBack(const UConverter *converter, Callback *action, const void **context) {
    ucnv_getToUCallBack(converter, action, context);
}
API void ucnv_setToUCallBack(UConverter *converter, Callback action, const void *context,
                             Callback *old_action, const void **old_context, UErrorCode *error) {
    (void)converter;
    (void)action;
    (void)context;
    (void)old_action;
    (void)old_context;
    fail(error);
}
API void ucnv_setFromUCallBack(UConverter *converter, Callback action, const void *context,
                               Callback *old_action, const void **old_context, UErrorCode *error) {
    ucnv_setToUCallBack(converter, action, context, old_action, old_context, error);
}
API void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                        const char **source, const char *source_limit, int32_t *offsets,
                        int8_t flush, UErrorCode *error) {
    (void)converter;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(error);
}
API void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                          const UChar **source, const UChar *source_limit, int32_t *offsets,
                          int8_t flush, UErrorCode *error) {
    (void)converter;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(error);
}
API int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *error) {
    (void)converter;
    fail(error);
    return 0;
}
API int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *error) {
    return ucnv_toUCountPending(converter, error);
}
API void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                               UErrorCode *error) {
    (void)args;
    (void)source;
    (void)length;
    (void)offset;
    fail(error);
}
API void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                                 int32_t offset, UErrorCode *error) {
    (void)args;
    (void)source;
    (void)source_limit;
    (void)offset;
    fail(error);
}
/* The two standard callbacks Qt passes to ucnv_set*CallBack; never run here. */
API void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                         int32_t length, int32_t code_point, int reason,
                                         UErrorCode *error) {
    (void)context;
    (void)args;
    (void)units;
    (void)length;
    (void)code_point;
    (void)reason;
    fail(error);
}
API void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units,
                                       int32_t length, int reason, UErrorCode *error) {
    (void)context;
    (void)args;
    (void)units;
    (void)length;
    (void)reason;
    fail(error);
}
