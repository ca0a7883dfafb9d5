// kernel k112d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t684: array<f32>;
@group(0) @binding(3) var<storage, read> t691: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t695: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_layers_0_attn_wk_w[i];
  let l673: f32 = t617[0i];
  let v692: f32 = l3 * l673;
  let x684: f32 = t684[i];
  let x691: f32 = t691[i];
  let v693: f32 = x684 / x691;
  let l676: f32 = t591[0i];
  let v694: f32 = v693 * l676;
  let v695: f32 = v692 - v694;
  t695[i] = v695;
}
