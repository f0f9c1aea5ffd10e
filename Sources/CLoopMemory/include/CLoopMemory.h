#ifndef GOVSIM_LOOP_MEMORY_H
#define GOVSIM_LOOP_MEMORY_H
/* The two memory operations the event loop needs that Swift cannot call: the compiler's prefetch
   builtin, and mremap (variadic in C, so not imported). Both are inlined into the Swift caller
   (ClangImporter compiles static inline functions); LoopMemory.swift explains their use. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stddef.h>
#include <sys/mman.h>

/* Asks the processor to bring the cache line at `address` in, to be written. */
static inline void govsim_prefetch_write(const void *address) { __builtin_prefetch(address, 1, 3); }

/* Moves the pages of a mapping to `target` (a reserved range), growing it: no byte is copied.
   Returns MAP_FAILED on failure, as mremap does. */
static inline void *govsim_move_mapping(void *old_address, size_t old_size, size_t new_size, void *target) {
    return mremap(old_address, old_size, new_size, MREMAP_MAYMOVE | MREMAP_FIXED, target);
}
#endif
