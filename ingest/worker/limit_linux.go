package worker

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// limitAddressSpace caps the process's address space (RLIMIT_AS) at what it
// maps now plus max bytes. A Go program reserves about a gigabyte of
// address space at start without using it, so the cap is relative to that.
// Past the cap an allocation fails and the runtime ends the process with
// "out of memory", which the parent reports as the document's failure.
func limitAddressSpace(max int64) error {
	now, err := addressSpace()
	if err != nil {
		return err
	}
	lim := uint64(now + max)
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim}); err != nil {
		return fmt.Errorf("setrlimit RLIMIT_AS %d: %w", lim, err)
	}
	return nil
}

// addressSpace is the process's mapped address space (VmSize) in bytes.
func addressSpace() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("address space: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		rest, ok := bytes.CutPrefix(sc.Bytes(), []byte("VmSize:"))
		if !ok {
			continue
		}
		f := bytes.Fields(rest)
		if len(f) != 2 || string(f[1]) != "kB" {
			break
		}
		kb, err := strconv.ParseInt(string(f[0]), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("address space: VmSize %q: %w", rest, err)
		}
		return kb << 10, nil
	}
	return 0, fmt.Errorf("address space: no VmSize in /proc/self/status")
}

// sysProcAttr puts a child in its own process group, so a Ctrl-C at the
// terminal reaches only the parent, which then stops its children in
// order; and kills the child if the parent dies (kill -9 included).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
