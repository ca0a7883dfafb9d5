// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t753: array<f32>;
@group(0) @binding(3) var<storage, read> t764: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t770: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_wpe[i];
  let l765: f32 = t736[0i];
  let v766: f32 = l1 * l765;
  let x753: f32 = t753[i];
  let x764: f32 = t764[i];
  let v767: f32 = x753 / x764;
  let l768: f32 = t710[0i];
  let v769: f32 = v767 * l768;
  let v770: f32 = v766 - v769;
  t770[i] = v770;
}
