// kernel k158o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1201: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1210: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1206: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1216: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1203: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1207: f32 = l1203 * 0.95f;
    let x1201: f32 = t1201[i];
    let v1208: f32 = x1201 * x1201;
    let v1209: f32 = v1208 * 0.05f;
    let v1210: f32 = v1207 + v1209;
    t1210[i] = v1210;
    let l19: f32 = p_blocks_1_ln1_g[i];
    let x1206: f32 = t1206[i];
    let v1211: f32 = sqrt(v1210);
    let l896: f32 = t818[0i];
    let v1212: f32 = v1211 / l896;
    let v1213: f32 = v1212 + 1e-8f;
    let v1214: f32 = x1206 / v1213;
    let l902: f32 = t817[0i];
    let v1215: f32 = v1214 * l902;
    let v1216: f32 = l19 - v1215;
    t1216[i] = v1216;
  }
}
