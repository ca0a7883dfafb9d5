// kernel k94_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t500: array<f32>;
@group(0) @binding(2) var<storage, read_write> t597: array<f32>;
@group(0) @binding(3) var<storage, read_write> t598: array<f32>;
@group(0) @binding(4) var<storage, read_write> t623: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l480: f32 = in_step[0i];
    let v499: bool = l480 < 20.0f;
    let v481: f32 = l480 + 1.0f;
    let v483: f32 = v481 * 0.00015f;
    let v485: f32 = l480 - 20.0f;
    let v487: f32 = v485 / 980.0f;
    let v489: f32 = max(v487, 0.0f);
    let v490: f32 = min(v489, 1.0f);
    let v492: f32 = v490 * 3.1415927f;
    let v493: f32 = cos(v492);
    let v494: f32 = v493 + 1.0f;
    let v496: f32 = v494 * 0.00135f;
    let v498: f32 = v496 + 0.0003f;
    let v500: f32 = select(v498, v483, v499);
    t500[0i] = v500;
    let v590: f32 = v481 * -0.105360515f;
    let v591: f32 = exp(v590);
    let v592: f32 = 1.0f - v591;
    let v597: f32 = v500 / v592;
    t597[0i] = v597;
    let v594: f32 = v481 * -0.051293295f;
    let v595: f32 = exp(v594);
    let v596: f32 = 1.0f - v595;
    let v598: f32 = sqrt(v596);
    t598[0i] = v598;
    let v622: f32 = v500 * 0.1f;
    let v623: f32 = 1.0f - v622;
    t623[0i] = v623;
  }
}
