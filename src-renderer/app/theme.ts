import { createTheme } from '@mui/material/styles';

/** One family stack so Latin, Devanagari and Tamil render with matching Noto faces on every machine. */
export const FONT_FAMILY = '"Noto Sans", "Noto Sans Devanagari", "Noto Sans Tamil", sans-serif';

export const theme = createTheme({
  palette: {
    primary: { main: '#1f5f8b' },
    secondary: { main: '#b35c1e' },
    background: { default: '#f6f7f9' },
  },
  typography: {
    fontFamily: FONT_FAMILY,
    button: { textTransform: 'none', fontWeight: 500 },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});
