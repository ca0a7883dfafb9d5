// kernel k14_ew (compiler/std/linear.loom:48:9)
@group(0) @binding(0) var<storage, read> t113: array<f32>;
@group(0) @binding(1) var<storage, read> t111: array<f32>;
@group(0) @binding(2) var<storage, read_write> t122: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = f32(i / 16i % 16i % 4i);
  let g_1: f32 = f32(i / 16i % 16i / 4i);
  let l119: bool = g < g_1;
  let l114: f32 = t113[i / 64i * 16i + i % 16i];
  let l115: f32 = t111[i / 256i * 64i + i % 64i];
  let v116: f32 = l114 - l115;
  let v121: f32 = select(-1000000000.0f, v116, l119);
  let v122: f32 = exp(v121);
  t122[i] = v122;
}
