// kernel k123l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1171: array<f32>;
@group(0) @binding(2) var<storage, read> t675: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1173: array<f32>;
@group(0) @binding(4) var<storage, read> t267: array<f32>;
@group(0) @binding(5) var<storage, read> t666: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1207: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l24: f32 = p_layers_1_attn_wr_b[i];
    let x1171: f32 = t1171[i];
    let l734: f32 = t675[0i];
    let v1172: f32 = x1171 * l734;
    let v1173: f32 = l24 - v1172;
    t1173[i] = v1173;
    let l268: f32 = t267[i];
    let l711: f32 = t666[0i];
    let v1207: f32 = l268 * l711;
    t1207[i] = v1207;
  }
}
