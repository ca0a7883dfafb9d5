// kernel k16b_einsum (compiler/std/lowbit.loom:68:11)
@group(0) @binding(0) var<storage, read> t168: array<f32>;
@group(0) @binding(1) var<storage, read_write> t169: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k16b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i % 4i);
  let g_1: f32 = g * 63.0f;
  let g_2: f32 = f32(i / 4i);
  let g_3: f32 = 0.0f * g_2;
  let l110: f32 = g_1 + g_3;
  let x168: f32 = t168[i];
  let v169: f32 = l110 + x168;
  t169[i] = v169;
}
