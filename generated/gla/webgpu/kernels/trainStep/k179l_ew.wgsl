// kernel k179l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1395: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1397: array<f32>;
@group(0) @binding(4) var<storage, read> t378: array<f32>;
@group(0) @binding(5) var<storage, read> t890: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1431: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l24: f32 = p_layers_1_attn_wr_b[i];
    let x1395: f32 = t1395[i];
    let l958: f32 = t899[0i];
    let v1396: f32 = x1395 * l958;
    let v1397: f32 = l24 - v1396;
    t1397[i] = v1397;
    let l379: f32 = t378[i];
    let l935: f32 = t890[0i];
    let v1431: f32 = l379 * l935;
    t1431[i] = v1431;
  }
}
