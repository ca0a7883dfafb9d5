// kernel k112b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t721: array<f32>;
@group(0) @binding(3) var<storage, read> t733: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t744: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l738: f32 = t736[0i];
  let v739: f32 = l0 * l738;
  let x721: f32 = t721[i];
  let x733: f32 = t733[i];
  let v740: f32 = x721 / x733;
  let l742: f32 = t710[0i];
  let v743: f32 = v740 * l742;
  let v744: f32 = v739 - v743;
  t744[i] = v744;
}
