//go:build !linux

package worker

import (
	"errors"
	"syscall"
)

// limitAddressSpace is available on Linux only; elsewhere the soft limit
// set by debug.SetMemoryLimit and the wall-clock timeout remain.
func limitAddressSpace(int64) error {
	return errors.New("address-space limit needs Linux")
}

func sysProcAttr() *syscall.SysProcAttr { return nil }
