// kernel k94_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t498: array<f32>;
@group(0) @binding(2) var<storage, read_write> t595: array<f32>;
@group(0) @binding(3) var<storage, read_write> t596: array<f32>;
@group(0) @binding(4) var<storage, read_write> t621: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l478: f32 = in_step[0i];
    let v497: bool = l478 < 20.0f;
    let v479: f32 = l478 + 1.0f;
    let v481: f32 = v479 * 0.00015f;
    let v483: f32 = l478 - 20.0f;
    let v485: f32 = v483 / 980.0f;
    let v487: f32 = max(v485, 0.0f);
    let v488: f32 = min(v487, 1.0f);
    let v490: f32 = v488 * 3.1415927f;
    let v491: f32 = cos(v490);
    let v492: f32 = v491 + 1.0f;
    let v494: f32 = v492 * 0.00135f;
    let v496: f32 = v494 + 0.0003f;
    let v498: f32 = select(v496, v481, v497);
    t498[0i] = v498;
    let v588: f32 = v479 * -0.105360515f;
    let v589: f32 = exp(v588);
    let v590: f32 = 1.0f - v589;
    let v595: f32 = v498 / v590;
    t595[0i] = v595;
    let v592: f32 = v479 * -0.051293295f;
    let v593: f32 = exp(v592);
    let v594: f32 = 1.0f - v593;
    let v596: f32 = sqrt(v594);
    t596[0i] = v596;
    let v620: f32 = v498 * 0.1f;
    let v621: f32 = 1.0f - v620;
    t621[0i] = v621;
  }
}
