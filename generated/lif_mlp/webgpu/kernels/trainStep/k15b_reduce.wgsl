// kernel k15b_reduce
@group(0) @binding(0) var<storage, read> t596: array<f32>;
@group(0) @binding(1) var<storage, read> t540: array<f32>;
@group(0) @binding(2) var<storage, read> t546: array<f32>;
@group(0) @binding(3) var<storage, read> t552: array<f32>;
@group(0) @binding(4) var<storage, read> t558: array<f32>;
@group(0) @binding(5) var<storage, read> t564: array<f32>;
@group(0) @binding(6) var<storage, read> t570: array<f32>;
@group(0) @binding(7) var<storage, read_write> t602: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let x596: f32 = t596[row + col * 128i];
    let g: f32 = t540[select(0i, row + col / 16i * 128i, col % 16i + -8i >= 0i && col % 16i + -8i < 1i)];
    let l542: f32 = select(0.0f, g, col % 16i + -8i >= 0i && col % 16i + -8i < 1i);
    let v597: f32 = x596 + l542;
    let g_1: f32 = t546[select(0i, row + col / 16i * 128i, col % 16i + -7i >= 0i && col % 16i + -7i < 1i)];
    let l548: f32 = select(0.0f, g_1, col % 16i + -7i >= 0i && col % 16i + -7i < 1i);
    let v598: f32 = v597 + l548;
    let g_2: f32 = t552[select(0i, row + col / 16i * 128i, col % 16i + -6i >= 0i && col % 16i + -6i < 1i)];
    let l554: f32 = select(0.0f, g_2, col % 16i + -6i >= 0i && col % 16i + -6i < 1i);
    let v599: f32 = v598 + l554;
    let g_3: f32 = t558[select(0i, row + col / 16i * 128i, col % 16i + -5i >= 0i && col % 16i + -5i < 1i)];
    let l560: f32 = select(0.0f, g_3, col % 16i + -5i >= 0i && col % 16i + -5i < 1i);
    let v600: f32 = v599 + l560;
    let g_4: f32 = t564[select(0i, row + col / 16i * 128i, col % 16i + -4i >= 0i && col % 16i + -4i < 1i)];
    let l566: f32 = select(0.0f, g_4, col % 16i + -4i >= 0i && col % 16i + -4i < 1i);
    let v601: f32 = v600 + l566;
    let g_5: f32 = t570[select(0i, row + col / 16i * 128i, col % 16i + -3i >= 0i && col % 16i + -3i < 1i)];
    let l572: f32 = select(0.0f, g_5, col % 16i + -3i >= 0i && col % 16i + -3i < 1i);
    let v602: f32 = v601 + l572;
    t602[row + col * 128i] = v602;
  }
}
