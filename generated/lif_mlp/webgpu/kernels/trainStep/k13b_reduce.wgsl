// kernel k13b_reduce
@group(0) @binding(0) var<storage, read> t589: array<f32>;
@group(0) @binding(1) var<storage, read> t533: array<f32>;
@group(0) @binding(2) var<storage, read> t539: array<f32>;
@group(0) @binding(3) var<storage, read> t545: array<f32>;
@group(0) @binding(4) var<storage, read> t551: array<f32>;
@group(0) @binding(5) var<storage, read> t557: array<f32>;
@group(0) @binding(6) var<storage, read> t563: array<f32>;
@group(0) @binding(7) var<storage, read_write> t595: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let x589: f32 = t589[row + col * 128i];
    let g: f32 = t533[row + col / 16i * 128i];
    let l535: f32 = select(0.0f, g, col % 16i + -8i >= 0i && col % 16i + -8i < 1i);
    let v590: f32 = x589 + l535;
    let g_1: f32 = t539[row + col / 16i * 128i];
    let l541: f32 = select(0.0f, g_1, col % 16i + -7i >= 0i && col % 16i + -7i < 1i);
    let v591: f32 = v590 + l541;
    let g_2: f32 = t545[row + col / 16i * 128i];
    let l547: f32 = select(0.0f, g_2, col % 16i + -6i >= 0i && col % 16i + -6i < 1i);
    let v592: f32 = v591 + l547;
    let g_3: f32 = t551[row + col / 16i * 128i];
    let l553: f32 = select(0.0f, g_3, col % 16i + -5i >= 0i && col % 16i + -5i < 1i);
    let v593: f32 = v592 + l553;
    let g_4: f32 = t557[row + col / 16i * 128i];
    let l559: f32 = select(0.0f, g_4, col % 16i + -4i >= 0i && col % 16i + -4i < 1i);
    let v594: f32 = v593 + l559;
    let g_5: f32 = t563[row + col / 16i * 128i];
    let l565: f32 = select(0.0f, g_5, col % 16i + -3i >= 0i && col % 16i + -3i < 1i);
    let v595: f32 = v594 + l565;
    t595[row + col * 128i] = v595;
  }
}
