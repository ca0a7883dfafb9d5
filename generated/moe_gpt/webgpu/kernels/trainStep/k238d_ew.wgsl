// kernel k238d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1528: array<f32>;
@group(0) @binding(3) var<storage, read> t1535: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1539: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l21: f32 = p_layers_1_moe_router_w[i];
  let l1275: f32 = t1126[0i];
  let v1536: f32 = l21 * l1275;
  let x1528: f32 = t1528[i];
  let x1535: f32 = t1535[i];
  let v1537: f32 = x1528 / x1535;
  let l1278: f32 = t1100[0i];
  let v1538: f32 = v1537 * l1278;
  let v1539: f32 = v1536 - v1538;
  t1539[i] = v1539;
}
