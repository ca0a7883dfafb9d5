// kernel k114y_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wq_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1174: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1183: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wq_beta: array<f32>;
@group(0) @binding(4) var<storage, read> t1179: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1176: f32 = p_optim_v_blocks_1_attn_wq_beta[i];
    let v1180: f32 = l1176 * 0.95f;
    let x1174: f32 = t1174[i];
    let v1181: f32 = x1174 * x1174;
    let v1182: f32 = v1181 * 0.05f;
    let v1183: f32 = v1180 + v1182;
    t1183[i] = v1183;
    let l25: f32 = p_blocks_1_attn_wq_beta[i];
    let x1179: f32 = t1179[i];
    let v1184: f32 = sqrt(v1183);
    let l789: f32 = t711[0i];
    let v1185: f32 = v1184 / l789;
    let v1186: f32 = v1185 + 1e-8f;
    let v1187: f32 = x1179 / v1186;
    let l795: f32 = t710[0i];
    let v1188: f32 = v1187 * l795;
    let v1189: f32 = l25 - v1188;
    t1189[i] = v1189;
  }
}
