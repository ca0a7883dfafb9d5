// kernel k39_ew (compiler/std/linear.loom:48:9)
@group(0) @binding(0) var<storage, read> t224: array<f32>;
@group(0) @binding(1) var<storage, read> t222: array<f32>;
@group(0) @binding(2) var<storage, read_write> t229: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 16i % 4i);
  let g_1: f32 = f32(i / 16i % 16i / 4i);
  let l119: bool = g < g_1;
  let l225: f32 = t224[i / 64i * 16i + i % 16i];
  let l226: f32 = t222[i / 256i * 64i + i % 64i];
  let v227: f32 = l225 - l226;
  let v228: f32 = select(-1000000000.0f, v227, l119);
  let v229: f32 = exp(v228);
  t229[i] = v229;
}
