import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

/**
 * An A4 sheet at 96 dpi (794 × 1123 px) with a grey margin and room for the frame's scroll bar: the
 * letter is drawn at print size and the whole frame scaled to fit the column.
 */
const FRAME_WIDTH = 850;
const FRAME_HEIGHT = 1123;

/**
 * Shows letter HTML as it will print. `sandbox=""` gives the frame an opaque origin and no script:
 * the letter is data typed by people, and the preview must never be able to reach the app.
 */
export function LetterFrame({ html, title }: { html: string; title: string }) {
  const { ref, width } = useElementSize();
  const scale = width > 0 ? Math.min(1, width / FRAME_WIDTH) : 1;
  return (
    <Box ref={ref} w="100%" h={FRAME_HEIGHT * scale} style={{ overflow: 'hidden' }} bg="gray.2">
      <iframe
        title={title}
        srcDoc={html}
        sandbox=""
        style={{
          width: FRAME_WIDTH,
          height: FRAME_HEIGHT,
          border: 0,
          display: 'block',
          margin: '0 auto',
          transform: `scale(${scale})`,
          transformOrigin: 'top left',
        }}
      />
    </Box>
  );
}
