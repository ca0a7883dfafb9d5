// kernel k47b_einsum (compiler/std/lowbit.loom:68:11)
@group(0) @binding(0) var<storage, read> t319: array<f32>;
@group(0) @binding(1) var<storage, read_write> t320: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i % 4i);
  let g_1: f32 = g * 63.0f;
  let g_2: f32 = f32(i / 4i);
  let g_3: f32 = 0.0f * g_2;
  let l110: f32 = g_1 + g_3;
  let x319: f32 = t319[i];
  let v320: f32 = l110 + x319;
  t320[i] = v320;
}
