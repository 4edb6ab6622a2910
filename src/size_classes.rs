//! The JavaScript package's allocator (`js_api` installs it; nothing else uses it): a free list per size class
//! in front of the system allocator, which is dlmalloc on wasm32. A decision-only `evaluate` makes ~100 small
//! allocations and frees them all before it returns; dlmalloc's `malloc` and `free` (bins, splitting,
//! coalescing) were a fifth of such a call's instructions in Node (BENCHMARKS.md, session 15). Here a small
//! block is taken from its class's list and given back to it in a few instructions. A freed block is kept for
//! the next allocation of its class, never coalesced nor returned, so each class holds at most as many blocks as
//! were live at once; sizes above `LARGEST` and alignments above `ALIGN` go to the system allocator as before.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// Every block of a class has this alignment (asked of the system allocator), enough for the engine's types.
const ALIGN: usize = 16;
/// Classes of 16, 32, …, 128 bytes (`STEPS` of `STEP`), then of 256, 512, …, `LARGEST` bytes.
const STEP: usize = 16;
const STEPS: usize = 8;
const LARGEST: usize = 4096;
const CLASSES: usize =
    STEPS + (LARGEST.trailing_zeros() - (STEP * STEPS).trailing_zeros()) as usize;

/// The class of a size up to `LARGEST`, and the size of the class's blocks.
fn class_of(size: usize) -> (usize, usize) {
    if size <= STEP * STEPS {
        let class = size.saturating_sub(1) / STEP;
        (class, (class + 1) * STEP)
    } else {
        let block = size.next_power_of_two();
        let doublings = block.trailing_zeros() - (STEP * STEPS).trailing_zeros();
        (STEPS - 1 + doublings as usize, block)
    }
}

/// Whether the classes serve a layout.
fn classed(layout: Layout) -> bool {
    layout.size() <= LARGEST && layout.align() <= ALIGN
}

/// Free lists of small blocks over a backing allocator.
pub struct SizeClasses<A> {
    backing: A,
    /// Each class's first free block; a free block's first word points to the next.
    free: UnsafeCell<[*mut u8; CLASSES]>,
}

impl<A> SizeClasses<A> {
    pub const fn new(backing: A) -> Self {
        SizeClasses {
            backing,
            free: UnsafeCell::new([std::ptr::null_mut(); CLASSES]),
        }
    }
}

// SAFETY: wasm32 without the `atomics` feature has one thread, so the lists are never used from two at once.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<A: Sync> Sync for SizeClasses<A> {}

impl<A: GlobalAlloc> SizeClasses<A> {
    /// Kept out of the inlined fast paths: a class's list is empty only until its blocks come back.
    #[cold]
    #[inline(never)]
    unsafe fn alloc_from_backing(&self, layout: Layout) -> *mut u8 {
        self.backing.alloc(layout)
    }

    #[cold]
    #[inline(never)]
    unsafe fn dealloc_to_backing(&self, ptr: *mut u8, layout: Layout) {
        self.backing.dealloc(ptr, layout)
    }
}

// `alloc` is inlined where the engine allocates: the size is mostly a constant there, and so is the class (a
// decision-only call took 3.2 K instructions more when it was a call, in a package 31 KB smaller). `dealloc` is one
// function: inlined into every drop too, it saved 1.4 K more for 35 KB more of package.
unsafe impl<A: GlobalAlloc> GlobalAlloc for SizeClasses<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !classed(layout) {
            return self.alloc_from_backing(layout);
        }
        let (class, block) = class_of(layout.size());
        let head = &mut (*self.free.get())[class];
        if head.is_null() {
            // SAFETY: `block` is a nonzero multiple of `ALIGN`, far below `isize::MAX`.
            return self.alloc_from_backing(Layout::from_size_align_unchecked(block, ALIGN));
        }
        let taken = *head;
        *head = *(taken as *mut *mut u8);
        taken
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if !classed(layout) {
            return self.dealloc_to_backing(ptr, layout);
        }
        let head = &mut (*self.free.get())[class_of(layout.size()).0];
        *(ptr as *mut *mut u8) = *head;
        *head = ptr;
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if !classed(layout) {
            // The system allocator knows when fresh memory is zero already.
            return self.backing.alloc_zeroed(layout);
        }
        let ptr = self.alloc(layout);
        if !ptr.is_null() {
            std::ptr::write_bytes(ptr, 0, layout.size());
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller promises that `new_size`, rounded up to the alignment, fits an `isize`.
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (classed(layout), classed(new_layout)) {
            (false, false) => self.backing.realloc(ptr, layout, new_size),
            (true, true) if class_of(layout.size()).0 == class_of(new_size).0 => ptr,
            _ => {
                let moved = self.alloc(new_layout);
                if !moved.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;
    use std::cell::Cell;

    /// The system allocator, counting what reaches it.
    #[derive(Default)]
    struct Counting {
        allocs: Cell<usize>,
        deallocs: Cell<usize>,
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            self.allocs.set(self.allocs.get() + 1);
            System.alloc(layout)
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            self.deallocs.set(self.deallocs.get() + 1);
            System.dealloc(ptr, layout)
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn every_small_size_has_a_class_whose_blocks_hold_it() {
        let mut last = class_of(1);
        for size in 1..=LARGEST {
            let (class, block) = class_of(size);
            assert!(
                class < CLASSES && block >= size && block % ALIGN == 0,
                "{size}"
            );
            // Classes grow with the size, and one class has one block size.
            assert!(
                class >= last.0 && (class > last.0 || block == last.1),
                "{size}"
            );
            last = (class, block);
        }
        assert_eq!(class_of(16), (0, 16));
        assert_eq!(class_of(17), (1, 32));
        assert_eq!(class_of(128), (7, 128));
        assert_eq!(class_of(129), (8, 256));
        assert_eq!(class_of(LARGEST), (CLASSES - 1, LARGEST));
    }

    #[test]
    fn a_freed_block_serves_the_next_allocation_of_its_class_only() {
        let classes = SizeClasses::new(Counting::default());
        unsafe {
            let a = classes.alloc(layout(24, 8));
            assert_eq!(a as usize % ALIGN, 0);
            classes.dealloc(a, layout(24, 8));
            // Another class gets a block of its own; the same class gets the freed one back.
            let other = classes.alloc(layout(40, 8));
            assert_ne!(other, a);
            assert_eq!(classes.alloc(layout(32, 4)), a);
            assert_eq!(classes.backing.allocs.get(), 2);
            assert_eq!(classes.backing.deallocs.get(), 0);
            // Last in, first out, through the list's links.
            let b = classes.alloc(layout(20, 1));
            classes.dealloc(a, layout(32, 4));
            classes.dealloc(b, layout(20, 1));
            assert_eq!(classes.alloc(layout(17, 1)), b);
            assert_eq!(classes.alloc(layout(17, 1)), a);
            assert_eq!(classes.backing.allocs.get(), 3);
        }
    }

    #[test]
    fn large_or_overaligned_blocks_are_the_system_allocators() {
        let classes = SizeClasses::new(Counting::default());
        unsafe {
            for layout in [layout(LARGEST + 1, 8), layout(64, 64)] {
                let block = classes.alloc(layout);
                assert_eq!(block as usize % layout.align(), 0);
                classes.dealloc(block, layout);
            }
            assert_eq!(classes.backing.allocs.get(), 2);
            assert_eq!(classes.backing.deallocs.get(), 2);
        }
    }

    #[test]
    fn realloc_keeps_the_contents_within_a_class_across_classes_and_beyond() {
        let classes = SizeClasses::new(Counting::default());
        unsafe {
            let mut size = 5;
            let mut block = classes.alloc(layout(size, 1));
            for (i, byte) in (0..size).enumerate() {
                *block.add(i) = byte as u8;
            }
            // Up through every class and past the largest, then down again.
            for new_size in [12, 16, 100, 300, 4000, 5000, 9000, 2000, 7] {
                let moved = classes.realloc(block, layout(size, 1), new_size);
                if class_of(size.min(LARGEST)).0 == class_of(new_size.min(LARGEST)).0
                    && size <= LARGEST
                    && new_size <= LARGEST
                {
                    assert_eq!(moved, block, "{size} → {new_size}");
                }
                for i in 0..size.min(new_size).min(5) {
                    assert_eq!(*moved.add(i), i as u8, "{size} → {new_size}");
                }
                (block, size) = (moved, new_size);
            }
            classes.dealloc(block, layout(size, 1));
        }
    }

    #[test]
    fn a_zeroed_block_is_zero_when_it_was_used_before() {
        let classes = SizeClasses::new(Counting::default());
        unsafe {
            let dirty = classes.alloc(layout(64, 8));
            std::ptr::write_bytes(dirty, 0xAB, 64);
            classes.dealloc(dirty, layout(64, 8));
            let zeroed = classes.alloc_zeroed(layout(64, 8));
            assert_eq!(zeroed, dirty);
            assert!((0..64).all(|i| *zeroed.add(i) == 0));
            classes.dealloc(zeroed, layout(64, 8));
        }
    }
}
