// kernel k316p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1878: array<f32>;
@group(0) @binding(3) var<storage, read> t1885: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1889: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_1_attn_wo_w[i];
  let l1664: f32 = t1608[0i];
  let v1886: f32 = l14 * l1664;
  let x1878: f32 = t1878[i];
  let x1885: f32 = t1885[i];
  let v1887: f32 = x1878 / x1885;
  let l1667: f32 = t1582[0i];
  let v1888: f32 = v1887 * l1667;
  let v1889: f32 = v1886 - v1888;
  t1889[i] = v1889;
}
