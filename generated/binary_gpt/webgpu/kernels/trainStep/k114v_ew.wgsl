// kernel k114v_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1138: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1140: array<f32>;
@group(0) @binding(4) var<storage, read> t372: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1158: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l22: f32 = p_blocks_1_ln1_g[i];
    let x1138: f32 = t1138[i];
    let l795: f32 = t710[0i];
    let v1139: f32 = x1138 * l795;
    let v1140: f32 = l22 - v1139;
    t1140[i] = v1140;
    let l373: f32 = t372[i];
    let l772: f32 = t701[0i];
    let v1158: f32 = l373 * l772;
    t1158[i] = v1158;
  }
}
