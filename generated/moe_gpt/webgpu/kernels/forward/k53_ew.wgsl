// kernel k53_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t288: array<f32>;
@group(0) @binding(1) var<storage, read> t276: array<f32>;
@group(0) @binding(2) var<storage, read_write> t290: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k53_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l289: bool = t288[i / 2i] != 0.0f;
  let l277: f32 = t276[i];
  let v290: f32 = select(-1e+30f, l277, l289);
  t290[i] = v290;
}
