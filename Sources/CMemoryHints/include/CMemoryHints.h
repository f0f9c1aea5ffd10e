#ifndef GOVSIM_MEMORY_HINTS_H
#define GOVSIM_MEMORY_HINTS_H
/* Hints to the processor that the engine will soon read or write an address: Swift has no
   prefetch of its own. Inlined into the caller (ClangImporter compiles static inline functions). */
static inline void govsim_prefetch_write(const void *address) { __builtin_prefetch(address, 1, 3); }
#endif
