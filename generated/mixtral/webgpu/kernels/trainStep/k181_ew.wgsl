// kernel k181_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t893: array<f32>;
@group(0) @binding(2) var<storage, read_write> t998: array<f32>;
@group(0) @binding(3) var<storage, read_write> t999: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1024: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k181_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l874: f32 = in_step[0i];
    let v892: bool = l874 < 20.0f;
    let v875: f32 = l874 + 1.0f;
    let v877: f32 = v875 * 0.00015f;
    let v879: f32 = l874 - 20.0f;
    let v881: f32 = v879 / 980.0f;
    let v882: f32 = max(v881, 0.0f);
    let v883: f32 = min(v882, 1.0f);
    let v885: f32 = v883 * 3.1415927f;
    let v886: f32 = cos(v885);
    let v887: f32 = v886 + 1.0f;
    let v889: f32 = v887 * 0.00135f;
    let v891: f32 = v889 + 0.0003f;
    let v893: f32 = select(v891, v877, v892);
    t893[0i] = v893;
    let v991: f32 = v875 * -0.105360515f;
    let v992: f32 = exp(v991);
    let v993: f32 = 1.0f - v992;
    let v998: f32 = v893 / v993;
    t998[0i] = v998;
    let v995: f32 = v875 * -0.051293295f;
    let v996: f32 = exp(v995);
    let v997: f32 = 1.0f - v996;
    let v999: f32 = sqrt(v997);
    t999[0i] = v999;
    let v1023: f32 = v893 * 0.1f;
    let v1024: f32 = 1.0f - v1023;
    t1024[0i] = v1024;
  }
}
