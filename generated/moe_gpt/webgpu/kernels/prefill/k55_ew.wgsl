// kernel k55_ew (compiler/std/moe.loom:75:21)
@group(0) @binding(0) var<storage, read> t292: array<f32>;
@group(0) @binding(1) var<storage, read> t280: array<f32>;
@group(0) @binding(2) var<storage, read_write> t294: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k55_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l293: bool = t292[i / 2i] != 0.0f;
  let l281: f32 = t280[i];
  let v294: f32 = select(-1e+30f, l281, l293);
  t294[i] = v294;
}
