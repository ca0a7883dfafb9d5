// kernel k114d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t623: array<f32>;
@group(0) @binding(2) var<storage, read> t733: array<f32>;
@group(0) @binding(3) var<storage, read> t740: array<f32>;
@group(0) @binding(4) var<storage, read> t597: array<f32>;
@group(0) @binding(5) var<storage, read_write> t744: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l679: f32 = t623[0i];
  let v741: f32 = l5 * l679;
  let x733: f32 = t733[i];
  let x740: f32 = t740[i];
  let v742: f32 = x733 / x740;
  let l682: f32 = t597[0i];
  let v743: f32 = v742 * l682;
  let v744: f32 = v741 - v743;
  t744[i] = v744;
}
