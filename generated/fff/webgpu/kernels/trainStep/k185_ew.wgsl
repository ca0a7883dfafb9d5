// kernel k185_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t854: array<f32>;
@group(0) @binding(2) var<storage, read_write> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t996: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1021: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k185_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l834: f32 = in_step[0i];
    let v853: bool = l834 < 20.0f;
    let v835: f32 = l834 + 1.0f;
    let v837: f32 = v835 * 0.00015f;
    let v839: f32 = l834 - 20.0f;
    let v841: f32 = v839 / 980.0f;
    let v843: f32 = max(v841, 0.0f);
    let v844: f32 = min(v843, 1.0f);
    let v846: f32 = v844 * 3.1415927f;
    let v847: f32 = cos(v846);
    let v848: f32 = v847 + 1.0f;
    let v850: f32 = v848 * 0.00135f;
    let v852: f32 = v850 + 0.0003f;
    let v854: f32 = select(v852, v837, v853);
    t854[0i] = v854;
    let v988: f32 = v835 * -0.105360515f;
    let v989: f32 = exp(v988);
    let v990: f32 = 1.0f - v989;
    let v995: f32 = v854 / v990;
    t995[0i] = v995;
    let v992: f32 = v835 * -0.051293295f;
    let v993: f32 = exp(v992);
    let v994: f32 = 1.0f - v993;
    let v996: f32 = sqrt(v994);
    t996[0i] = v996;
    let v1020: f32 = v854 * 0.1f;
    let v1021: f32 = 1.0f - v1020;
    t1021[0i] = v1021;
  }
}
