// kernel k118a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t322: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1208: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1212: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1216: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1204: f32 = p_optim_m_blocks_1_ln2_g[i];
    let v1206: f32 = l1204 * 0.9f;
    let l323: f32 = t322[i];
    let l750: f32 = t679[0i];
    let v1203: f32 = l323 * l750;
    let v1207: f32 = v1203 * 0.1f;
    let v1208: f32 = v1206 + v1207;
    t1208[i] = v1208;
    let l1205: f32 = p_optim_v_blocks_1_ln2_g[i];
    let v1209: f32 = l1205 * 0.95f;
    let v1210: f32 = v1203 * v1203;
    let v1211: f32 = v1210 * 0.05f;
    let v1212: f32 = v1209 + v1211;
    t1212[i] = v1212;
    let v1213: f32 = sqrt(v1212);
    let l767: f32 = t689[0i];
    let v1214: f32 = v1213 / l767;
    let v1215: f32 = v1214 + 1e-8f;
    let v1216: f32 = v1208 / v1215;
    t1216[i] = v1216;
  }
}
