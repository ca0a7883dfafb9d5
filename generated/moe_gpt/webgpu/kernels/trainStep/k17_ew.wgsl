// kernel k17_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t138: array<f32>;
@group(0) @binding(1) var<storage, read> t122: array<f32>;
@group(0) @binding(2) var<storage, read_write> t141: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l139: bool = t138[i / 2i] != 0.0f;
  let l123: f32 = t122[i];
  let v141: f32 = select(-1e+30f, l123, l139);
  t141[i] = v141;
}
