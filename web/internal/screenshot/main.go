// Command screenshot saves full-page PNG screenshots of dossier serve's
// pages, for a person to look at (scripts/serve-screenshots.sh runs it).
// It drives Debian's headless Chromium through chromedp.
//
//	screenshot -base http://127.0.0.1:8080 -out DIR name=/path name@1600=/path#anchor ...
//
// name=/path saves the whole page; name@H=/path saves the window, H CSS
// pixels high, scrolled to the path's #anchor if it has one.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

func main() {
	base := flag.String("base", "http://127.0.0.1:8080", "the server's address")
	out := flag.String("out", "screenshots", "folder for the PNGs")
	width := flag.Int("width", 1280, "window width in CSS pixels")
	wait := flag.Duration("wait", 0, "time to wait after a page loads, for what draws later (a PDF viewer)")
	flag.Parse()
	if err := run(*base, *out, *width, *wait, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		os.Exit(1)
	}
}

func chromium() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("chromium not found: apt-get install chromium (scripts/test.sh does)")
}

func run(base, out string, width int, wait time.Duration, pages []string) error {
	bin, err := chromium()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	profile, err := os.MkdirTemp("", "dossier-shots-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("hide-scrollbars", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(actx)
	defer cancelTab()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for _, p := range pages {
		name, path, ok := strings.Cut(p, "=")
		if !ok {
			return fmt.Errorf("%q: want name=/path", p)
		}
		name, h, window := strings.Cut(name, "@")
		height := 900
		if window {
			if height, err = strconv.Atoi(h); err != nil || height < 100 {
				return fmt.Errorf("%q: want name@HEIGHT=/path", p)
			}
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate(base+path), chromedp.Sleep(wait)); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		shot := chromedp.FullScreenshot(100)
		if window {
			shot = chromedp.CaptureScreenshot()
		}
		png, err := chromedp.Run(ctx, shot)
		if err != nil {
			return fmt.Errorf("%s: screenshot: %w", path, err)
		}
		file := filepath.Join(out, name+".png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", file)
	}
	return nil
}
