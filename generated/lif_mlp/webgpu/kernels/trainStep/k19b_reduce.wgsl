// kernel k19b_reduce
@group(0) @binding(0) var<storage, read> t725: array<f32>;
@group(0) @binding(1) var<storage, read> t669: array<f32>;
@group(0) @binding(2) var<storage, read> t675: array<f32>;
@group(0) @binding(3) var<storage, read> t681: array<f32>;
@group(0) @binding(4) var<storage, read> t687: array<f32>;
@group(0) @binding(5) var<storage, read> t693: array<f32>;
@group(0) @binding(6) var<storage, read> t699: array<f32>;
@group(0) @binding(7) var<storage, read_write> t731: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let x725: f32 = t725[row + col * 128i];
    let g: f32 = t669[select(0i, row + col / 16i * 128i, col % 16i + -8i >= 0i && col % 16i + -8i < 1i)];
    let l671: f32 = select(0.0f, g, col % 16i + -8i >= 0i && col % 16i + -8i < 1i);
    let v726: f32 = x725 + l671;
    let g_1: f32 = t675[select(0i, row + col / 16i * 128i, col % 16i + -7i >= 0i && col % 16i + -7i < 1i)];
    let l677: f32 = select(0.0f, g_1, col % 16i + -7i >= 0i && col % 16i + -7i < 1i);
    let v727: f32 = v726 + l677;
    let g_2: f32 = t681[select(0i, row + col / 16i * 128i, col % 16i + -6i >= 0i && col % 16i + -6i < 1i)];
    let l683: f32 = select(0.0f, g_2, col % 16i + -6i >= 0i && col % 16i + -6i < 1i);
    let v728: f32 = v727 + l683;
    let g_3: f32 = t687[select(0i, row + col / 16i * 128i, col % 16i + -5i >= 0i && col % 16i + -5i < 1i)];
    let l689: f32 = select(0.0f, g_3, col % 16i + -5i >= 0i && col % 16i + -5i < 1i);
    let v729: f32 = v728 + l689;
    let g_4: f32 = t693[select(0i, row + col / 16i * 128i, col % 16i + -4i >= 0i && col % 16i + -4i < 1i)];
    let l695: f32 = select(0.0f, g_4, col % 16i + -4i >= 0i && col % 16i + -4i < 1i);
    let v730: f32 = v729 + l695;
    let g_5: f32 = t699[select(0i, row + col / 16i * 128i, col % 16i + -3i >= 0i && col % 16i + -3i < 1i)];
    let l701: f32 = select(0.0f, g_5, col % 16i + -3i >= 0i && col % 16i + -3i < 1i);
    let v731: f32 = v730 + l701;
    t731[row + col * 128i] = v731;
  }
}
