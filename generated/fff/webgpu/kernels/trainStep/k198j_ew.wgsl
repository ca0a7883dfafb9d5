// kernel k198j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1215: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1224: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1220: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1217: f32 = p_optim_v_blocks_0_attn_wo_b[i];
    let v1221: f32 = l1217 * 0.95f;
    let x1215: f32 = t1215[i];
    let v1222: f32 = x1215 * x1215;
    let v1223: f32 = v1222 * 0.05f;
    let v1224: f32 = v1221 + v1223;
    t1224[i] = v1224;
    let l11: f32 = p_blocks_0_attn_wo_b[i];
    let x1220: f32 = t1220[i];
    let v1225: f32 = sqrt(v1224);
    let l1074: f32 = t996[0i];
    let v1226: f32 = v1225 / l1074;
    let v1227: f32 = v1226 + 1e-8f;
    let v1228: f32 = x1220 / v1227;
    let l1080: f32 = t995[0i];
    let v1229: f32 = v1228 * l1080;
    let v1230: f32 = l11 - v1229;
    t1230[i] = v1230;
  }
}
