//! The binary's allocator: mimalloc, called the way it is fastest. Public so benchmarks and
//! programs that embed the library can measure and run with the same one:
//!
//! ```no_run
//! #[global_allocator]
//! static ALLOCATOR: newsgraph::alloc::Mimalloc = newsgraph::alloc::Mimalloc;
//!
//! fn main() {
//!     newsgraph::alloc::Mimalloc::configure();
//! }
//! ```
//!
//! Why mimalloc: reading a graph allocates tens of millions of small strings, and glibc's
//! malloc spends a fifth of the load time on them (perf on a graph of a million edges; figures
//! in the README's Speed section); extraction allocates many small strings and vectors per
//! article too.
//!
//! Why not the `mimalloc` crate's `MiMalloc`: it passes every request to `mi_malloc_aligned`,
//! and mimalloc 3 serves an aligned request from its fast path only when a free block happens
//! to be aligned and its size class is a power of two; a 24-byte or a 3 KiB block goes through
//! its over-allocating fallback (half a million calls, 2% of a build's instructions on the
//! 10 MB benchmark corpus). Plain `mi_malloc` blocks are aligned to 16 bytes (to 8 when
//! smaller than 16), which is all most Rust types ask for; as std's system allocator does,
//! those requests take the plain calls and only larger alignments the aligned ones.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every `mi_malloc` block of at least that size has.
const PLAIN_ALIGN: usize = 16;

/// `mi_option_purge_delay` of mimalloc.h (the option after `mi_option_eager_commit_delay`,
/// 14), which the Rust bindings do not name. A test checks it reads the documented default.
const PURGE_DELAY: mi::mi_option_t = 15;

/// mimalloc as the global allocator (see the module documentation).
pub struct Mimalloc;

impl Mimalloc {
    /// Sets mimalloc's options for a batch program; called once, first thing in `main`.
    ///
    /// Freed memory is kept rather than returned to the system after mimalloc's default
    /// second: a build frees an article's working memory and soon needs as much again, and
    /// returning it meant zeroing fresh pages again (up to 1.8 GB of page faults on the 10 MB
    /// corpus, a tenth of the run; with this, the same ~0.5 GB every run). The process is
    /// short-lived and its peak is what it is either way.
    pub fn configure() {
        // SAFETY: setting an option has no preconditions; mimalloc reads it at each purge.
        unsafe { mi::mi_option_set(PURGE_DELAY, -1) };
    }
}

fn is_plain(align: usize, size: usize) -> bool {
    align <= PLAIN_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc and goes back to it; a plain block is used only
// when its guaranteed alignment covers the layout's (see `is_plain`).
unsafe impl GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: mimalloc's allocation calls accept any size and power-of-two alignment.
        unsafe { if is_plain(align, size) { mi::mi_malloc(size) } else { mi::mi_malloc_aligned(size, align) }.cast() }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: as in `alloc`.
        unsafe { if is_plain(align, size) { mi::mi_zalloc(size) } else { mi::mi_zalloc_aligned(size, align) }.cast() }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator, so by mimalloc.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let align = layout.align();
        // SAFETY: `ptr` was allocated by this allocator with `layout`; the caller guarantees
        // `new_size` is valid for `align`.
        unsafe {
            if is_plain(align, new_size) {
                mi::mi_realloc(ptr.cast(), new_size)
            } else {
                mi::mi_realloc_aligned(ptr.cast(), new_size, align)
            }
            .cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_named() {
        // SAFETY: reading an option has no preconditions.
        let (delay, numa_nodes) = unsafe { (mi::mi_option_get(PURGE_DELAY), mi::mi_option_get(PURGE_DELAY + 1)) };
        // mimalloc 3's options.c: purge_delay defaults to 1000 (ms), use_numa_nodes to 0.
        assert_eq!((delay, numa_nodes), (1000, 0));
        assert_eq!(PURGE_DELAY + 1, mi::mi_option_use_numa_nodes);
    }

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        let allocator = Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 15, 16, 24, 100, 1000, 3072, 70_000, 5_000_000] {
                let Ok(layout) = Layout::from_size_align(size, align) else { continue };
                // SAFETY: a non-zero size; the block is freed with the layout it was made for.
                unsafe {
                    let p = allocator.alloc(layout);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align), "{size} {align}");
                    p.write_bytes(7, size);
                    let bigger = allocator.realloc(p, layout, size * 3);
                    assert!(!bigger.is_null() && (bigger as usize).is_multiple_of(align), "{size} {align}");
                    assert_eq!(*bigger.add(size - 1), 7);
                    allocator.dealloc(bigger, Layout::from_size_align(size * 3, align).unwrap());
                    let zeroed = allocator.alloc_zeroed(layout);
                    assert!((zeroed as usize).is_multiple_of(align) && *zeroed.add(size - 1) == 0, "{size} {align}");
                    allocator.dealloc(zeroed, layout);
                }
            }
        }
    }
}
